import "react"; document.title = "x";
