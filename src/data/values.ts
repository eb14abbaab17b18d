/** Words that belong to a figure: magnitudes and currencies (used by src/nlp/values.ts). */

/** Magnitude words that belong to the figure before them: "$20bn", "5m", "3.5 million". */
export const MAGNITUDES = new Set(['k', 'm', 'mn', 'bn', 'b', 'tn', 'thousand', 'million', 'billion', 'trillion']);

/** Currency words after a figure make it money: "5m euros". */
export const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yuan', 'yen', 'rupees', 'rupee', 'francs', 'roubles', 'rubles', 'pence', 'cents']);
