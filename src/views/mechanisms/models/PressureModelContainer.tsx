import { useModelViewProps } from '../hooks';
import { PRESSURE_KEYS, PressureModel } from './PressureModel';

/** The stress-and-potential model with its value from the store. */
export function PressureModelContainer() {
  return <PressureModel {...useModelViewProps(PRESSURE_KEYS)} />;
}
