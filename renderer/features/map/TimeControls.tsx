// "Show events up to": a slider over the days of the events, and Play, which steps from one
// event's day to the next. With reduced motion Play moves in slower, whole steps.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { dayToIso } from '../../db/dates';

interface TimeControlsProps {
  /** The distinct event days, ascending. */
  days: readonly number[];
  day: number;
  onDay: (day: number) => void;
}

const STEP_MS = 350;
const REDUCED_STEP_MS = 1200;

export function TimeControls({ days, day, onDay }: TimeControlsProps) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const dayRef = useRef(day);
  dayRef.current = day;
  const first = days[0] ?? 0;
  const last = days[days.length - 1] ?? 0;

  useEffect(() => {
    if (!playing) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const timer = window.setInterval(
      () => {
        const next = days.find((d) => d > dayRef.current);
        if (next === undefined) setPlaying(false);
        else onDay(next);
      },
      reduced ? REDUCED_STEP_MS : STEP_MS,
    );
    return () => window.clearInterval(timer);
  }, [playing, days, onDay]);

  const togglePlay = () => {
    if (!playing && day >= last) onDay(first);
    setPlaying(!playing);
  };

  // The arrow keys move from one event's day to the next rather than by single days.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number | undefined> = {
      ArrowRight: days.find((d) => d > day),
      ArrowUp: days.find((d) => d > day),
      ArrowLeft: days.findLast((d) => d < day),
      ArrowDown: days.findLast((d) => d < day),
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const target = moves[event.key];
    if (target !== undefined) onDay(target);
  };

  return (
    <div className="map-time">
      <label htmlFor={id}>Show events up to</label>
      <input
        id={id}
        type="range"
        min={first}
        max={last}
        step={1}
        value={day}
        aria-valuetext={dayToIso(day)}
        onChange={(e) => onDay(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
      <output htmlFor={id} className="map-date">
        {dayToIso(day)}
      </output>
      <button type="button" onClick={togglePlay} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
    </div>
  );
}
