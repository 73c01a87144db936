import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

let shouldThrow = true;
function Fragile() {
  const [n] = useState(1);
  if (shouldThrow) throw new Error('chart exploded');
  return <p>View is back ({n})</p>;
}

describe('ErrorBoundary', () => {
  it('shows the error and a working "Reset this view" action instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn(() => {
      shouldThrow = false;
    });
    render(
      <ErrorBoundary viewName="Stability windows" onReset={onReset}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The Stability windows view stopped working');
    expect(screen.getByRole('alert')).toHaveTextContent('chart exploded');
    await userEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('View is back (1)')).toBeInTheDocument();
  });
});
