import { useState, type ReactNode } from 'react';
import './json-block.css';

interface JsonBlockProps {
  /** The JSON as it is shown and copied. */
  text: string;
  /** What the block is, for screen readers ("Payload", "JSON Schema of order.created"). */
  label: string;
  /** The copy button's words ("Copy payload"). */
  copy: string;
  /** Its accessible name when the words alone would repeat on one screen ("Copy schema of New order"). */
  copyName?: string;
  /** A line about the JSON, beside the copy button. */
  caption?: ReactNode;
}

/**
 * JSON to read and to paste into a partner's ticket: monospace, wrapped, and
 * scrolling inside its own box, so a long schema never stretches the page. The
 * copy button sits above the text, never over it (at 200 % zoom it would cover a
 * line); the box takes focus so the keyboard can scroll it too.
 */
export function JsonBlock({ text, label, copy, copyName, caption }: JsonBlockProps) {
  const [copied, setCopied] = useState(false);
  const copyText = async (): Promise<void> => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <div className="json-block">
      <div className="json-block-bar">
        {caption ? <p className="json-block-caption">{caption}</p> : null}
        <button type="button" className="button json-block-copy" aria-label={copyName} onClick={() => void copyText()}>
          {copied ? 'Copied' : copy}
        </button>
      </div>
      <pre className="code-box json-block-text" aria-label={label} tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}
