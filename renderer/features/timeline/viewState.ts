// The timeline's view (zoom and filters) as the query part of its link, '#/timeline?zoom=year&…',
// so reload and Back keep it. The router parses '#/timeline?…' as the timeline already.
import { TIMELINE_FACETS, type TimelineFilters } from './filters';
import { isZoom, type Zoom } from './zoom';

export interface TimelineView {
  zoom: Zoom;
  filters: TimelineFilters;
}

export const DEFAULT_ZOOM: Zoom = 'decade';
const MAX_PARAM = 200;

export function parseTimelineView(hash: string): TimelineView {
  const query = hash.split('?', 2)[1] ?? '';
  const params = new URLSearchParams(query);
  const zoom = params.get('zoom');
  const filters: TimelineFilters = {};
  for (const facet of TIMELINE_FACETS) {
    const value = params.get(facet)?.trim();
    if (value && value.length <= MAX_PARAM) filters[facet] = value;
  }
  return { zoom: isZoom(zoom) ? zoom : DEFAULT_ZOOM, filters };
}

export function timelineViewHref(view: TimelineView): string {
  const params = new URLSearchParams();
  if (view.zoom !== DEFAULT_ZOOM) params.set('zoom', view.zoom);
  for (const facet of TIMELINE_FACETS) {
    const value = view.filters[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `#/timeline?${query}` : '#/timeline';
}
