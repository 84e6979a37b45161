/** The origin the store records for the dataset that comes with the app. */
export const bundledOrigin = 'bundled';
