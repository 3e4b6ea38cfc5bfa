/** The product's mark beside a page's name: `public/icon.svg`, the file every icon size is drawn from. */
export function Logo() {
  return <img class="logo" src="/icon.svg" alt="" width={24} height={24} />;
}
