// The timeline's view (zoom, filters and the selected event) as the query part of its link,
// '#/timeline?zoom=year&…&at=event:…',
// so reload and Back keep it. The router parses '#/timeline?…' as the timeline already.
import { TIMELINE_FACETS, type TimelineFilters } from './filters';
import { isZoom, type Zoom } from '../../components/timeline/zoom';

export interface TimelineView {
  zoom: Zoom;
  filters: TimelineFilters;
  /** The selected event, so reload, Back and links from the map return to it. */
  at?: string;
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
  const at = params.get('at')?.trim();
  const view: TimelineView = { zoom: isZoom(zoom) ? zoom : DEFAULT_ZOOM, filters };
  if (at && at.startsWith('event:') && at.length <= MAX_PARAM) view.at = at;
  return view;
}

export function timelineViewHref(view: TimelineView): string {
  const params = new URLSearchParams();
  if (view.zoom !== DEFAULT_ZOOM) params.set('zoom', view.zoom);
  for (const facet of TIMELINE_FACETS) {
    const value = view.filters[facet];
    if (value) params.set(facet, value);
  }
  if (view.at) params.set('at', view.at);
  const query = params.toString();
  return query ? `#/timeline?${query}` : '#/timeline';
}
