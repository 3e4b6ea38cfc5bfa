import { render } from 'preact';

function Popup() {
  return <h1>{browser.runtime.getManifest().name}</h1>;
}

render(<Popup />, document.getElementById('app')!);
