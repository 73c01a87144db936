import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decodeCustomElectrolyte } from '../../src/domain/custom-electrolyte-codec';
import ClassifierContainer from '../../src/views/classifier/ClassifierContainer';
import { renderWithApp } from './render';

// The view is a large DOM; skipping the per-element visibility check (jsdom loads no stylesheet, so
// it finds nothing hidden anyway) makes role queries several times faster.
beforeAll(() => configure({ defaultHidden: true }));
afterAll(() => configure({ defaultHidden: false }));

const renderClassifier = (params = {}) =>
  renderWithApp(<ClassifierContainer />, {
    realKb: true,
    init: { route: { view: 'classifier', recordId: null }, params },
  });

const prediction = () => screen.getByRole('region', { name: /^Prediction:/ });
const experiment = () => screen.getByRole('region', { name: 'Experiment' });

describe('Interface classifier view', { timeout: 60_000 }, () => {
  it('shows LGPS against Li metal by default: type 2 from the reduced Ge framework, as observed', () => {
    renderClassifier();
    expect(screen.getByRole('heading', { level: 1, name: 'Interface classifier' })).toBeInTheDocument();
    expect(prediction()).toHaveAccessibleName('Prediction: LGPS against Lithium metal');
    // Short name first, so a narrow select still shows which electrolyte it is.
    expect(
      screen.getByRole('option', { selected: true, name: /^LGPS — Lithium germanium thiophosphate$/ }),
    ).toBeInTheDocument();
    expect(prediction()).toHaveTextContent('Type 2');
    expect(prediction()).toHaveTextContent('φ_e = 0.104, threshold φ_c = 0.16');
    expect(prediction()).toHaveTextContent('Decided by framework reduction: Ge⁴⁺ → Ge⁰ (Li–Ge alloy)');
    expect(prediction()).toHaveTextContent(
      /conducting volume fraction alone \(φ_e = 0\.104 against 0\.16\) would give type 3/,
    );
    const exp = experiment();
    expect(exp).toHaveTextContent('Observed against Li metal: Type 2');
    expect(within(exp).getByRole('heading', { name: /agree$/ })).toBeInTheDocument();
    // Evidence with technique and citation.
    expect(exp).toHaveTextContent(/In situ X-ray photoelectron spectroscopy: Stepwise Li deposition/);
    expect(within(exp).getAllByRole('link', { name: /Wenzel et al\. 2016/ }).length).toBeGreaterThan(0);
  });

  it('draws the interphase with a full text alternative and lists the trace with numbers and units', () => {
    renderClassifier();
    const figure = screen.getByRole('img', {
      name: /Schematic of the Lithium metal \| LGPS interface: type 2/,
    });
    expect(figure).toHaveAccessibleDescription(
      /passes Li⁺ and electrons: Li entering LGPS reduces a framework cation/,
    );
    expect(figure).toHaveAccessibleDescription(/Li15Ge4 \(10\.4 %/);
    const trace = screen.getByRole('region', { name: 'How the classifier decided' });
    const steps = within(trace).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(trace).toHaveTextContent('0.00 V vs Li/Li+');
    expect(trace).toHaveTextContent(
      'is below the reduction limit 1.71 V (Zhu et al. 2015 (calc.)): LGPS is reduced',
    );
    expect(within(trace).getByRole('row', { name: /Li15Ge4/ })).toHaveTextContent('188.6');
    expect(trace).toHaveTextContent('ΔE, driving force1.25 eV/atom');
    const consequence = screen.getByRole('region', { name: 'Consequence' });
    expect(consequence).toHaveTextContent('Continuous');
    expect(consequence).toHaveTextContent(/Fracture risk.*Yes/);
  });

  it('choosing an electrolyte sets the shared selection; LLZO agrees with experiment', async () => {
    const { store } = renderClassifier();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Electrolyte' }), 'llzo');
    expect(store.getState().params.selected).toBe('llzo');
    expect(prediction()).toHaveTextContent('Type 3');
    expect(within(experiment()).getByRole('heading', { name: /agree$/ })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Schematic of the Lithium metal \| LLZO interface: type 3/ }),
    ).toHaveAccessibleDescription(/releases too little energy to run past a thin passivating layer/);
  });

  it('follows the shared selection made elsewhere', () => {
    renderClassifier({ selected: 'lagp' });
    expect(prediction()).toHaveAccessibleName('Prediction: LAGP against Lithium metal');
    expect(prediction()).toHaveTextContent('Type 2');
    // Li9Al4 now has a molar volume (130.3 cm³/mol): φ_e = 87.0125 / 373.3925 = 0.233, no unknowns left.
    expect(prediction()).toHaveTextContent(/Conducting volume fraction φ_e = 0\.233/);
    expect(prediction()).not.toHaveTextContent(/Unknown but not decisive/);
  });

  it('LATP: type 2 from Ti⁴⁺ → Ti³⁺ although its 0 V products would not percolate; agrees with experiment', () => {
    renderClassifier({ selected: 'latp' });
    expect(prediction()).toHaveTextContent('Type 2');
    // (0.3 × 19.66 + 0.4667 × 37.5) / 292.931 = 0.0799
    expect(prediction()).toHaveTextContent('φ_e = 0.080, threshold φ_c = 0.16');
    expect(prediction()).toHaveTextContent('Decided by framework reduction: Ti⁴⁺ → Ti³⁺');
    expect(within(experiment()).getByRole('heading', { name: /agree$/ })).toBeInTheDocument();
  });

  it('raising the kinetic threshold above LiPON’s driving force makes it kinetically stabilised, and says so', async () => {
    const { store } = renderClassifier({ selected: 'lipon' });
    const field = screen.getByRole('textbox', { name: 'Kinetic threshold ΔE_k, exact value' });
    await userEvent.clear(field);
    await userEvent.type(field, '0.7{Enter}');
    expect(store.getState().params.classifierKinetic).toBe(0.7);
    // 0.66 eV/atom ≤ 0.7 eV/atom.
    expect(prediction()).toHaveTextContent(
      'Decided by the driving force: 0.66 eV/atom is at or below the kinetic threshold 0.7 eV/atom',
    );
  });

  it('without the chosen window the verdict is undetermined, names what is missing and offers to supply it', () => {
    renderClassifier({ selected: 'lagp', classifierSource: 'richards2016' });
    expect(prediction()).toHaveTextContent('Undetermined');
    expect(prediction()).toHaveTextContent('stability window from Richards 2016');
    expect(within(experiment()).getByRole('heading', { name: /No comparison possible/ })).toBeInTheDocument();
    expect(
      within(experiment()).getByRole('button', { name: 'Enter the missing numbers as a custom electrolyte' }),
    ).toBeInTheDocument();
  });

  it('switching the electrode to a cathode classifies the oxidation side and stops comparing with Li experiments', async () => {
    const { store } = renderClassifier();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Electrode' }), 'nmc811');
    expect(store.getState().params.classifierElectrode).toBe('nmc811');
    expect(prediction()).toHaveAccessibleName('Prediction: LGPS against NMC-811');
    expect(prediction()).toHaveTextContent('oxidised');
    expect(experiment()).toHaveTextContent('the two are not compared');
    await userEvent.click(screen.getByRole('button', { name: 'Predict against Li metal' }));
    expect(store.getState().params.classifierElectrode).toBeNull();
  });

  it('the threshold follows a typed value on Enter, and rejects a bad one with a message', async () => {
    const { store } = renderClassifier();
    expect(screen.getByRole('slider', { name: /Percolation threshold/ })).toHaveValue('0.16');
    const field = screen.getByRole('textbox', { name: /Percolation threshold φ_c, exact value/ });
    await userEvent.clear(field);
    await userEvent.type(field, '0.1{Enter}');
    expect(store.getState().params.classifierThreshold).toBe(0.1);
    expect(screen.getByRole('slider', { name: /Percolation threshold/ })).toHaveValue('0.1');
    expect(prediction()).toHaveTextContent('φ_e = 0.104, threshold φ_c = 0.1');
    await userEvent.clear(field);
    await userEvent.type(field, '1.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('1.5 is outside 0 to 1');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().params.classifierThreshold).toBe(0.1);
    await userEvent.click(screen.getByRole('button', { name: 'Reset to 0.16' }));
    expect(store.getState().params.classifierThreshold).toBe(0.16);
    expect(field).toHaveValue('0.16');
  });

  it('the source choice offers only the windows the electrolyte has', () => {
    renderClassifier({ selected: 'li7p3s11', classifierSource: 'richards2016' });
    const group = screen.getByRole('group', { name: 'Stability window' });
    expect(within(group).getAllByRole('radio')).toHaveLength(1);
    expect(group).toHaveTextContent('has no Richards 2016 window');
    expect(prediction()).toHaveTextContent('Undetermined');
  });
});

describe('Interface classifier: custom electrolyte', { timeout: 60_000 }, () => {
  it('enters a custom electrolyte from a copy of the current one and classifies it', async () => {
    const { store } = renderClassifier();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Electrolyte' }), '__custom');
    expect(store.getState().params.selected).toBeNull();
    const form = screen.getByRole('form', { name: 'Custom electrolyte' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('LGPS (edited)');
    // Make Li3P a conductor: then φ_e = (72.2 + 47.15) / 451.5 > 0.16 → type 2.
    const li3p = within(form).getByRole('group', { name: 'Reduction product 2: Li3P' });
    await userEvent.selectOptions(
      within(li3p).getByRole('combobox', { name: 'Electronic character' }),
      'conductor',
    );
    await userEvent.clear(name);
    await userEvent.type(name, 'Conducting phosphide');
    await userEvent.click(within(form).getByRole('button', { name: 'Classify custom electrolyte' }));
    expect(prediction()).toHaveAccessibleName('Prediction: Conducting phosphide against Lithium metal');
    expect(prediction()).toHaveTextContent('Type 2');
    const decoded = decodeCustomElectrolyte(store.getState().params.classifierCustom);
    expect(decoded.value?.name).toBe('Conducting phosphide');
    expect(experiment()).toHaveTextContent('no experimental record');
  });

  it('bad input gives a summary and field messages, and nothing is classified from it', async () => {
    const { store } = renderClassifier({
      selected: null,
      classifierCustom: 'v1;Mine;1.7;2.1;;Li2S:1:27.7:i;',
    });
    const before = store.getState().params.classifierCustom;
    const form = screen.getByRole('form', { name: 'Custom electrolyte' });
    const ox = within(form).getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' });
    await userEvent.clear(ox);
    await userEvent.type(ox, '1.2');
    const moles = within(form).getByRole('textbox', { name: 'Moles per formula unit' });
    await userEvent.clear(moles);
    await userEvent.type(moles, 'abc');
    await userEvent.click(within(form).getByRole('button', { name: 'Classify custom electrolyte' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveTextContent('2 entries need fixing');
    expect(summary).toHaveTextContent(
      'The oxidation limit (1.2 V) must be above the reduction limit (1.7 V)',
    );
    expect(summary).toHaveTextContent('moles “abc” is not a positive number');
    expect(ox).toHaveAttribute('aria-invalid', 'true');
    expect(ox).toHaveAccessibleDescription(/must be above the reduction limit/);
    expect(store.getState().params.classifierCustom).toBe(before);
  });

  it('a mangled custom electrolyte in the link shows why and starts from an example', () => {
    renderClassifier({ selected: null, classifierCustom: 'v1;x;abc' });
    const form = screen.getByRole('form', { name: 'Custom electrolyte' });
    expect(within(form).getByRole('alert')).toHaveTextContent('could not be read (expected 7 fields');
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('Example (LGPS numbers)');
    expect(screen.queryByRole('region', { name: /^Prediction:/ })).not.toBeInTheDocument();
  });
});

describe('Interface classifier: the table of every electrolyte', { timeout: 60_000 }, () => {
  const table = () => screen.getByRole('table', { name: /Interface type of every electrolyte/ });

  it('lists every electrolyte with links to the material pages and sorts by a column', async () => {
    const { store, kb } = renderClassifier();
    const rows = within(table()).getAllByRole('row');
    expect(rows).toHaveLength(kb.kb.electrolytes.length + 1);
    expect(
      within(table()).getByRole('link', { name: 'Lithium germanium thiophosphate (LGPS)' }),
    ).toHaveAttribute('href', '/materials/lgps');
    const header = within(table()).getByRole('columnheader', { name: /Agreement/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(store.getState().params.classifierSort).toBe('agree');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const lgpsRow = within(table()).getByRole('row', { name: /LGPS/ });
    expect(lgpsRow).toHaveTextContent('agrees');
  });

  it('loads an electrolyte into the classifier and classifies against the chosen cathode', async () => {
    const { store } = renderClassifier();
    await userEvent.click(within(table()).getByRole('button', { name: 'Load LiPON into the classifier' }));
    expect(store.getState().params.selected).toBe('lipon');
    expect(prediction()).toHaveAccessibleName('Prediction: LiPON against Lithium metal');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Cathode for the last column' }),
      'lco',
    );
    expect(store.getState().params.classifierCathode).toBe('lco');
    expect(
      within(table()).getByRole('columnheader', { name: /Predicted vs Lithium cobalt oxide \(LCO\)/ }),
    ).toBeInTheDocument();
  });
});

describe('Interface classifier: sensitivity of each verdict', { timeout: 60_000 }, () => {
  const panel = () =>
    screen.getByRole('region', { name: 'Sensitivity: each verdict against its thresholds' });
  const sensitivityRow = (name: RegExp) =>
    within(within(panel()).getByRole('table')).getByRole('row', { name });

  it('plots every electrolyte by driving force and conducting fraction and tabulates what decided each verdict', () => {
    renderClassifier();
    expect(
      within(panel()).getByRole('img', { name: /Driving force and conducting fraction of each electrolyte/ }),
    ).toHaveAccessibleDescription(/LLZO 0\.02 eV\/atom, φ_e 0\.131/);
    const llzo = sensitivityRow(/^LLZO\b/);
    expect(llzo).toHaveTextContent('Type 3');
    expect(llzo).toHaveTextContent('small driving force');
    expect(llzo).toHaveTextContent('kinetic threshold stays at or above 0.02 eV/atom');
    expect(sensitivityRow(/^LATP\b/)).toHaveTextContent('framework cation reduced');
    expect(
      within(panel()).getByText(/Every electrolyte with an observed type is predicted as observed/),
    ).toBeInTheDocument();
  });

  it('counting semiconductors as conductors shows its effect: Li7P3S11 becomes type 2 and the panel says why it disagrees', async () => {
    renderClassifier();
    const semis = screen.getByRole('checkbox', { name: /Count semiconducting products/ });
    // The switch names the KB's semiconducting phases, with Li3P's calculated gap and its source.
    expect(semis).toHaveAccessibleDescription(
      /Li3P \(band gap 2 eV, calculated \[Seel and Pandey 1990\]\); TiO2 \(no band gap in the knowledge base\)/,
    );
    await userEvent.click(semis);
    const lps = sensitivityRow(/^Li7P3S11\b/);
    // 3 × 36.1 / (11 × 27.68 + 3 × 36.1) = 0.262
    expect(lps).toHaveTextContent('0.262 (0.000)');
    expect(lps).toHaveTextContent('Type 2 ≠');
    const item = within(panel())
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Li7P3S11:'));
    expect(item).toHaveTextContent('Li7P3S11: Semiconducting products were counted as conducting');
  });
});
