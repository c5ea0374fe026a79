// The Natural Earth country outlines ship as a 3.6 MB TopoJSON file; declaring its type here
// keeps the compiler from inferring a type from the whole file.
declare module 'world-atlas/countries-10m.json' {
  import type { Topology, GeometryCollection } from 'topojson-specification';
  const topology: Topology<{
    countries: GeometryCollection<{ name: string }>;
    land: GeometryCollection;
  }>;
  export default topology;
}
