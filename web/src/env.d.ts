/// <reference types="vite/client" />

// The part of plotly.js the page calls (the package ships no types).
declare module "plotly.js-dist-min" {
  const Plotly: {
    react(div: HTMLElement, data: unknown[], layout: object, config: object): Promise<HTMLElement>;
    purge(div: HTMLElement): void;
  };
  export default Plotly;
}
