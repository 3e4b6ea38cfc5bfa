export default defineBackground(() => {
  // Wiring only: features register their listeners here as they land.
});
