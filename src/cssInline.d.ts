// `import text from './file.css?inline'`: the stylesheet as a string (Vite does this natively; tsup through the
// inlineCss plugin in tsup.config.ts). The embed and the static renderer carry styles.css this way.
declare module '*.css?inline' {
  const text: string;
  export default text;
}
