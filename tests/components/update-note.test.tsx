import { act, fireEvent, render, screen } from '@testing-library/react';
import { UpdateNote } from '../../src/app/UpdateNote';
import { registerServiceWorker, TAKEOVER_GRACE_MS } from '../../src/sw/register';

/** A browser's service-worker container with one active version and a newer one waiting. */
function fakeContainer() {
  const container = new EventTarget() as EventTarget & Record<string, unknown>;
  const waiting = Object.assign(new EventTarget(), { state: 'installed', postMessage: vi.fn() });
  const registration = Object.assign(new EventTarget(), { waiting, installing: null });
  container.controller = { postMessage: vi.fn() };
  container.register = vi.fn(async () => registration);
  return { container, waiting };
}

describe('UpdateNote', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'serviceWorker');
  afterEach(() => {
    vi.useRealTimers();
    if (original) Object.defineProperty(navigator, 'serviceWorker', original);
    else Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('asks the waiting version to take over, and says why when it has not within the grace time', async () => {
    vi.useFakeTimers();
    const { container, waiting } = fakeContainer();
    Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
    render(<UpdateNote />);
    registerServiceWorker('/assets/index-test.js');
    // Registered when idle (jsdom has no requestIdleCallback: after 3 s), then the waiting worker is seen.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('A new version of SSB Atlas is ready.');

    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(TAKEOVER_GRACE_MS - 1);
    });
    expect(screen.getByRole('status')).toHaveTextContent('A new version of SSB Atlas is ready.');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(screen.getByRole('status')).toHaveTextContent('another SSB Atlas tab holds the old one');
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeVisible();
  });
});
