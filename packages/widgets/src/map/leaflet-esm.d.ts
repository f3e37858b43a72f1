// Leaflet's ES module build: the package's `main` is its UMD build, which also sets `window.L`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
