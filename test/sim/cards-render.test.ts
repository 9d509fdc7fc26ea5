import { cardText, renderCard } from '../../sim/server/render';
import { valuesFromForm } from '../../sim/server/render';
import { collectInputs, toFormInput } from '../../sim/host/session';

describe('card rendering for the served sidebar', () => {
  it('keeps the documented formatting tags and escapes everything else', () => {
    expect(cardText('<b>Bold</b> <i>i</i> <u>u</u> <s>s</s><br><font color="#ff0000">red</font>')).toBe(
      '<b>Bold</b> <i>i</i> <u>u</u> <s>s</s><br><font color="#ff0000">red</font>',
    );
    expect(cardText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(cardText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(cardText('<b onclick="x()">hi</b>')).toBe('<b>hi</b>');
  });

  it('keeps only safe link targets and closes what the text leaves open', () => {
    expect(cardText('<a href="https://example.com/?a=1&amp;b=2">ok</a>')).toBe(
      '<a href="https://example.com/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">ok</a>',
    );
    expect(cardText('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(cardText('<font color="red;background:url(x)">x')).toBe('<font>x</font>');
    expect(cardText('<b>open')).toBe('<b>open</b>');
  });

  it('escapes quotes and ampersands but keeps entities', () => {
    expect(cardText(`O'Brien & "Sons" &amp; &#169;`)).toBe('O&#39;Brien &amp; &quot;Sons&quot; &amp; &#169;');
    expect(cardText('a\nb')).toBe('a<br>b');
  });

  it('names every input after its field and numbers every clickable', () => {
    const card = {
      sections: [{
        widgets: [
          { textInput: { name: 'q"x', label: '<b>Search</b>', value: '<me>' } },
          { buttonList: { buttons: [{ text: 'Go', onClick: { action: { function: 'f' } } }] } },
        ],
      }],
    };
    const html = renderCard(card, { timeZone: 'UTC', now: 0 });
    expect(html).toContain('name="f:q&quot;x" value="&lt;me&gt;" placeholder="&lt;b&gt;Search&lt;/b&gt;"');
    expect(html).toContain('<button type="submit" name="__target" value="0" class="btn btn-outlined"><span>Go</span></button>');
  });

  it('shows the values the user entered instead of the card\'s own', () => {
    const card = {
      sections: [{
        widgets: [
          { textInput: { name: 'name', value: 'Ada' } },
          { selectionInput: { name: 'd', type: 'CHECK_BOX', items: [{ text: 'A', value: 'a', selected: true }, { text: 'B', value: 'b' }] } },
          { decoratedText: { text: 'x', switchControl: { name: 'on', value: 'yes', selected: false } } },
        ],
      }],
    };
    const html = renderCard(card, { timeZone: 'UTC', now: 0, values: { name: 'Grace', d: ['b'], on: true } });
    expect(html).toContain('name="f:name" value="Grace"');
    expect(html).toContain('value="a"><span>');
    expect(html).toContain('value="b" checked><span>');
    expect(html).toContain('name="f:on" value="yes" checked>');
  });

  it('rebuilds formInputs from a posted form as Gmail sends them', () => {
    const card = {
      sections: [{
        widgets: [
          { textInput: { name: 'name' } },
          { selectionInput: { name: 'depts', type: 'CHECK_BOX', items: [] } },
          { decoratedText: { text: 'x', switchControl: { name: 'on', value: 'yes', selected: true } } },
          { dateTimePicker: { name: 'd', type: 'DATE_ONLY' } },
          { dateTimePicker: { name: 'dt', type: 'DATE_AND_TIME' } },
          { dateTimePicker: { name: 't', type: 'TIME_ONLY' } },
          { dateTimePicker: { name: 'ny', type: 'DATE_AND_TIME', timezoneOffsetDate: -240 } },
        ],
      }],
    };
    const inputs = collectInputs(card);
    const form = new URLSearchParams('f:name=Ada&f:depts=a&f:depts=b&f:d=2026-12-24&f:dt=2026-07-01T09:30&f:t=03:15&f:ny=2026-07-01T09:30');
    const values = valuesFromForm(form, inputs, 'Europe/Berlin');
    const fi = Object.fromEntries(inputs.map((f) => [f.name, toFormInput(f, values[f.name])]));
    expect(fi).toEqual({
      name: { stringInputs: { value: ['Ada'] } },
      depts: { stringInputs: { value: ['a', 'b'] } },
      // The switch was unticked in the form: Gmail leaves it out.
      on: undefined,
      d: { dateInput: { msSinceEpoch: Date.UTC(2026, 11, 24) } },
      // 09:30 in Berlin in July is 07:30 UTC.
      dt: { dateTimeInput: { msSinceEpoch: Date.UTC(2026, 6, 1, 7, 30), hasDate: true, hasTime: true } },
      t: { timeInput: { hours: 3, minutes: 15 } },
      // A picker shown on New York's clock (UTC-4 in July) reads 09:30 there, whatever the user's own zone.
      ny: { dateTimeInput: { msSinceEpoch: Date.UTC(2026, 6, 1, 13, 30), hasDate: true, hasTime: true } },
    });
  });
});
