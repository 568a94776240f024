import { closedWeek, type TimeRange, type WeeklyHours } from '../../../../shared/domain/hours';
import type { StoreInput } from '../../../../shared/domain/store';

/** A modifier group of the sample: name, min, max, options as [name, price in cents]. */
export type SampleGroup = [name: string, min: number, max: number, options: [string, number][]];
/** A sample item: name, description, price in cents, modifier groups. */
export type SampleItem = [name: string, description: string, price: number, groups: SampleGroup[]];

export interface SampleMenu {
  slug: string;
  name: string;
  description: string;
  hours: WeeklyHours;
  categories: { slug: string; name: string; items: SampleItem[] }[];
}

const r = (start: string, end: string): TimeRange => ({ start, end });
const lunch = r('11:30', '14:30');

function week(days: Partial<WeeklyHours>): WeeklyHours {
  return { ...closedWeek(), ...days };
}

/** Trattoria Aurora: closed Mondays, split shifts, late on Friday and Saturday. */
export const sampleStore: StoreInput = {
  name: 'Trattoria Aurora',
  timezone: 'Europe/Berlin',
  currency: 'EUR',
  taxRateBps: 1900,
  taxIncluded: true,
  status: { state: 'open' },
  hours: week({
    tuesday: [lunch, r('17:30', '22:00')],
    wednesday: [lunch, r('17:30', '22:00')],
    thursday: [lunch, r('17:30', '22:00')],
    friday: [lunch, r('17:30', '02:00')],
    saturday: [r('12:00', '02:00')],
    sunday: [r('12:00', '21:00')],
  }),
  specialDates: [
    { date: '2026-12-24', closed: true, ranges: [], note: 'Christmas Eve' },
    { date: '2026-12-31', closed: false, ranges: [r('18:00', '03:00')], note: 'New Year’s Eve dinner' },
  ],
};

const size: SampleGroup = [
  'Size',
  1,
  1,
  [
    ['Regular (30 cm)', 0],
    ['Large (36 cm)', 350],
  ],
];
const toppings: SampleGroup = [
  'Extra toppings',
  0,
  4,
  [
    ['Buffalo mozzarella', 250],
    ['Prosciutto di Parma', 300],
    ['Mushrooms', 150],
    ['Olives', 100],
    ['Rocket', 100],
    ['Chili oil', 50],
  ],
];
const pastaShape: SampleGroup = [
  'Pasta',
  1,
  1,
  [
    ['As on the menu', 0],
    ['Gluten-free penne', 200],
  ],
];
const pastaExtras: SampleGroup = [
  'Extras',
  0,
  2,
  [
    ['Extra parmigiano', 100],
    ['Fresh chili', 50],
    ['Burrata on top', 450],
  ],
];
const doneness: SampleGroup = [
  'Doneness',
  1,
  1,
  [
    ['Rare', 0],
    ['Medium rare', 0],
    ['Medium', 0],
    ['Well done', 0],
  ],
];
const side: SampleGroup = [
  'Side',
  1,
  1,
  [
    ['Rosemary potatoes', 0],
    ['Green salad', 0],
    ['Grilled vegetables', 150],
  ],
];
const softSize: SampleGroup = [
  'Size',
  1,
  1,
  [
    ['0.33 l', 0],
    ['0.5 l', 150],
  ],
];
const wineServe: SampleGroup = [
  'Serving',
  1,
  1,
  [
    ['Glass (0.2 l)', 0],
    ['Bottle (0.75 l)', 1850],
  ],
];
const milk: SampleGroup = [
  'Milk',
  0,
  1,
  [
    ['Oat milk', 40],
    ['Lactose-free milk', 30],
  ],
];
const scoops: SampleGroup = [
  'Flavours',
  2,
  3,
  [
    ['Pistachio', 0],
    ['Stracciatella', 0],
    ['Lemon sorbet', 0],
    ['Dark chocolate', 0],
  ],
];

const pizza = (name: string, description: string, price: number): SampleItem => [
  name,
  description,
  price,
  [size, toppings],
];
const pasta = (name: string, description: string, price: number): SampleItem => [
  name,
  description,
  price,
  [pastaShape, pastaExtras],
];

/** About forty items over two menus, with the modifiers a real trattoria would ring up. */
export const sampleMenus: SampleMenu[] = [
  {
    slug: 'main',
    name: 'Main menu',
    description: 'Lunch and dinner, Tuesday to Sunday.',
    hours: sampleStore.hours,
    categories: [
      {
        slug: 'antipasti',
        name: 'Antipasti',
        items: [
          ['Bruschetta al pomodoro', 'Grilled sourdough, San Marzano tomatoes, basil, garlic.', 750, []],
          [
            'Burrata',
            'Apulian burrata, heirloom tomatoes, basil oil.',
            1290,
            [['Add', 0, 1, [['Prosciutto di Parma', 400]]]],
          ],
          ['Vitello tonnato', 'Slow-cooked veal, tuna and caper sauce.', 1450, []],
          ['Carpaccio di manzo', 'Beef carpaccio, rocket, parmigiano, lemon.', 1390, []],
          ['Arancini', 'Three saffron rice balls, ragù and mozzarella.', 890, []],
          ['Minestrone', 'Seasonal vegetable soup, pesto.', 790, []],
        ],
      },
      {
        slug: 'pizza',
        name: 'Pizza',
        items: [
          pizza('Margherita', 'Tomato, fior di latte, basil.', 1050),
          pizza('Marinara', 'Tomato, garlic, oregano, olive oil. Vegan.', 890),
          pizza('Diavola', 'Tomato, fior di latte, spicy salami.', 1350),
          pizza('Quattro formaggi', 'Fior di latte, gorgonzola, fontina, parmigiano.', 1390),
          pizza('Capricciosa', 'Tomato, ham, mushrooms, artichokes, olives.', 1450),
          pizza('Prosciutto e rucola', 'Tomato, fior di latte, Parma ham, rocket.', 1550),
          pizza('Funghi', 'Tomato, fior di latte, mushrooms.', 1190),
          pizza('Tonno e cipolla', 'Tomato, tuna, red onion.', 1290),
          pizza('Vegetariana', 'Tomato, grilled vegetables, fior di latte.', 1250),
        ],
      },
      {
        slug: 'pasta',
        name: 'Pasta',
        items: [
          pasta('Spaghetti carbonara', 'Guanciale, egg yolk, pecorino, black pepper.', 1390),
          pasta('Tagliatelle al ragù', 'Slow-cooked beef and pork ragù.', 1450),
          pasta('Penne all’arrabbiata', 'Tomato, garlic, chili. Vegan.', 1090),
          pasta('Linguine alle vongole', 'Clams, white wine, parsley.', 1790),
          pasta('Cacio e pepe', 'Tonnarelli, pecorino romano, black pepper.', 1250),
          pasta('Lasagne della nonna', 'Baked layers of ragù and béchamel.', 1490),
          pasta('Gnocchi al pesto', 'Potato gnocchi, basil pesto, pine nuts.', 1290),
          ['Risotto ai funghi porcini', 'Carnaroli rice, porcini, parmigiano.', 1690, [pastaExtras]],
        ],
      },
      {
        slug: 'secondi',
        name: 'Secondi',
        items: [
          ['Tagliata di manzo', 'Sliced sirloin, rocket, parmigiano.', 2690, [doneness, side]],
          ['Saltimbocca alla romana', 'Veal, sage, Parma ham, white wine.', 2290, [side]],
          ['Branzino al forno', 'Whole sea bass, lemon, capers.', 2490, [side]],
          ['Pollo alla cacciatora', 'Braised chicken, tomato, olives, rosemary.', 1890, [side]],
        ],
      },
      {
        slug: 'dolci',
        name: 'Dolci',
        items: [
          ['Tiramisù', 'Mascarpone, espresso, savoiardi.', 750, []],
          ['Panna cotta', 'Vanilla cream, berry compote.', 690, []],
          ['Cannoli siciliani', 'Two cannoli, ricotta, pistachio.', 790, []],
          ['Affogato', 'Vanilla gelato drowned in espresso.', 590, []],
          ['Gelato', 'Artisan gelato, choose your flavours.', 650, [scoops]],
        ],
      },
      {
        slug: 'drinks',
        name: 'Drinks',
        items: [
          ['San Pellegrino', 'Sparkling mineral water.', 390, [softSize]],
          ['Aranciata', 'Italian orange soda.', 420, [softSize]],
          ['Peroni', 'Lager, 5.1 %.', 490, [softSize]],
          ['Chianti Classico', 'Red, Tuscany.', 790, [wineServe]],
          ['Pinot Grigio', 'White, Veneto.', 690, [wineServe]],
          ['Espresso', 'Single origin, roasted in Berlin.', 260, []],
          ['Cappuccino', 'Espresso, steamed milk.', 390, [milk]],
        ],
      },
    ],
  },
  {
    slug: 'late',
    name: 'Late night',
    description: 'Friday and Saturday after the kitchen closes.',
    hours: week({ friday: [r('22:00', '02:00')], saturday: [r('22:00', '02:00')] }),
    categories: [
      {
        slug: 'late-pizza',
        name: 'Pizza al taglio',
        items: [
          ['Slice Margherita', 'A square slice, baked to order.', 450, []],
          ['Slice Diavola', 'Spicy salami, fior di latte.', 520, []],
          ['Slice Patate e rosmarino', 'Potato, rosemary, sea salt.', 480, []],
        ],
      },
      {
        slug: 'late-drinks',
        name: 'Drinks',
        items: [
          ['Negroni', 'Gin, Campari, vermouth.', 950, []],
          ['Aperol Spritz', 'Aperol, prosecco, soda.', 850, []],
        ],
      },
    ],
  },
];
