import { screen } from '@testing-library/react';
import { FlawModel } from '../../src/views/mechanisms/models/FlawModel';
import { renderWithApp } from './render';
it('dbg', () => {
  renderWithApp(<FlawModel />, { realKb: true });
  console.log(screen.getAllByRole('slider').map((s) => s.getAttribute('id') + ' ' + (document.querySelector(`label[for="${s.id}"]`)?.textContent)));
}, 60000);
