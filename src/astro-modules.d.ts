/**
 * Lets plain `tsc --noEmit` type-check `.ts` files that import `.astro` components;
 * `astro check` resolves the real component types and ignores this fallback.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
