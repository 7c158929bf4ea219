// The SaudiNewsNet days the labelled pairs were drawn from (pairs.tsv).
export const SAMPLE_DAYS = ['2015-08-06', '2015-08-07', '2015-08-08'];
