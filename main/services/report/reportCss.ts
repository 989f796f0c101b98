/**
 * The report's style: an A4 document in black on white that prints cleanly (no shading
 * a printer would waste ink on, no colour the reading depends on), and reads well on a
 * screen when the HTML is opened in a browser.
 */
export const reportCss = `
@page { size: A4; margin: 16mm 16mm 18mm; }
* { box-sizing: border-box; }
html { color: #1d2126; background: #ffffff; }
body {
  font: 10.5pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif;
  max-width: 178mm;
  margin: 0 auto;
  padding: 0;
}
@media screen { body { padding: 12mm 6mm; } }
header { border-bottom: 2px solid #1b6670; padding-bottom: 4mm; margin-bottom: 5mm; }
h1 { font-size: 20pt; margin: 0 0 1mm; color: #1b6670; letter-spacing: 0.01em; }
h2 { font-size: 13pt; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1px solid #d6d1c8; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.range { font-size: 12.5pt; font-weight: 600; margin-bottom: 1mm; }
.made, .note, .meta, figcaption, .goal { color: #4f5660; }
.disclaimer { font-size: 9.5pt; color: #4f5660; font-style: italic; margin: 0; }
.facts { display: grid; grid-template-columns: repeat(5, 1fr); gap: 3mm; margin: 0 0 3mm; }
.facts div { border: 1px solid #d6d1c8; border-radius: 2mm; padding: 2mm 2.5mm; }
.facts dt { font-size: 8.5pt; color: #4f5660; }
.facts dd { margin: 0; font-size: 16pt; font-weight: 600; }
figure { margin: 0 0 4mm; break-inside: avoid; }
.chart { display: block; width: 100%; height: auto; font-family: inherit; }
figcaption { font-size: 9pt; margin-top: 1mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid #d6d1c8; }
th { font-weight: 600; border-bottom: 1.5px solid #4f5660; }
.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.day { white-space: nowrap; }
.intro { break-after: avoid; }
.ladder { break-inside: avoid; }
.reflection { break-inside: avoid; border-left: 3px solid #1b6670; padding: 0.5mm 0 0.5mm 4mm; margin: 0 0 5mm; }
.reflection h3 { margin-top: 0; }
.reflection dl { margin: 0; }
.reflection dt { font-weight: 600; font-size: 9.5pt; margin-top: 1.5mm; }
.reflection dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.left-out { font-style: italic; color: #4f5660; }
`;
