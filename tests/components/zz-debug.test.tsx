import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ClassifierContainer from '../../src/views/classifier/ClassifierContainer';
import { renderWithApp } from './render';
it('debug', async () => {
  const { store } = renderWithApp(<ClassifierContainer />, { realKb: true, init: { route: { view: 'classifier', recordId: null } } });
  const slider = screen.getByRole('slider', { name: /Percolation threshold/ });
  slider.focus();
  await userEvent.keyboard('{ArrowDown}');
  console.log('after arrow', store.getState().params.classifierThreshold, (slider as HTMLInputElement).value);
  const field = screen.getByRole('textbox', { name: /exact value/ });
  await userEvent.clear(field);
  console.log('after clear', store.getState().params.classifierThreshold, (field as HTMLInputElement).value);
  await userEvent.type(field, '0.1');
  console.log('after type', store.getState().params.classifierThreshold, (field as HTMLInputElement).value);
}, 60000);
