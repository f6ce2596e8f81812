// Every colour the add-on paints with, in one place: the default tier colours (presets, migrated documents, tiers
// added in the sidebar), the tint of rows that need checking, and the benefit log's and quota overview's backgrounds.

/** Default tier colours, best tier first: A, B, C, D, then a fifth for lists with more tiers. */
export const TIER_COLOURS = ['#b7e1cd', '#d9ead3', '#fce8b2', '#e0e0e0', '#f4cccc'] as const;

/** A tier beyond the defaults (migrated documents) gets the neutral grey of the last preset tier. */
export const FALLBACK_TIER_COLOUR = TIER_COLOURS[3];

/** Rows whose data cannot be read are tinted so they stand out in a long list (Tier column "Check data"). */
export const CHECK_DATA_COLOUR = '#f4cccc';

/** Benefit log and quota overview: an entry or quota over its allowance. */
export const OVER_QUOTA_BACKGROUND = '#f4cccc';

/** Benefit log: an entry that cannot be counted (unknown customer or benefit, bad amount or date). */
export const INVALID_BACKGROUND = '#fff2cc';

/** No highlight (also the colour of a tier added past the defaults, and of "Insufficient data" in the preview). */
export const PLAIN_BACKGROUND = '#ffffff';
