/**
 * A sidebar the workbench itself provides while the add-on has none: it shows which server
 * functions google.script.run offers and lets you call one, so the bridge can be tried by hand
 * and by the browser tests. It is served through the same shim as the add-on's own pages.
 */
export const TEST_PANEL_HTML = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<style>
  body { font: 13px/1.4 system-ui, sans-serif; margin: 12px; color: #202124; }
  label { display: block; margin: 8px 0 2px; }
  input, select { width: 100%; box-sizing: border-box; }
  pre { background: #f1f3f4; padding: 8px; white-space: pre-wrap; min-height: 2em; }
  button { margin-top: 8px; }
</style>
</head>
<body>
<h3>google.script.run test panel</h3>
<label for="fn">Server function</label>
<select id="fn"></select>
<label for="args">Arguments (JSON array)</label>
<input id="args" value="[]">
<button id="call" type="button">Call</button>
<button id="close" type="button">Close</button>
<pre id="out"></pre>
<script>
  var names = Object.keys(google.script.run).filter(function (n) { return n.indexOf('with') !== 0; });
  var select = document.getElementById('fn');
  names.forEach(function (n) { var o = document.createElement('option'); o.textContent = n; select.appendChild(o); });
  var out = document.getElementById('out');
  document.getElementById('call').addEventListener('click', function () {
    var args;
    try { args = JSON.parse(document.getElementById('args').value); } catch (e) { out.textContent = 'Arguments are not JSON'; return; }
    var runner = google.script.run
      .withSuccessHandler(function (result) { out.textContent = 'OK ' + JSON.stringify(result); })
      .withFailureHandler(function (error) { out.textContent = 'FAILED ' + error.message; });
    runner[select.value].apply(runner, args);
  });
  document.getElementById('close').addEventListener('click', function () { google.script.host.close(); });
</script>
</body>
</html>
`;
