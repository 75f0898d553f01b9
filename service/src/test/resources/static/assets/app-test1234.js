export const testAsset = true;
