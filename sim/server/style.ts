/** The served page's CSS and its few lines of script (inputs with an onChangeAction submit the card form). */

export const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 Roboto,Arial,sans-serif;color:#202124;background:#f6f8fc;height:100vh;display:flex;flex-direction:column}
a{color:#1a73e8}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:8px 16px;background:#fff;border-bottom:1px solid #dadce0}
header.top .brand{font-size:18px;color:#202124;text-decoration:none;font-weight:500}
header.top .brand small{color:#5f6368;font-weight:400;font-size:12px}
header.top .company{color:#5f6368}
header.top form{display:flex;gap:4px;align-items:center;margin:0}
header.top .sizes span{color:#5f6368;margin-right:4px}
header.top button{border:1px solid #dadce0;background:#fff;border-radius:16px;padding:3px 10px;cursor:pointer}
header.top button.current{background:#e8f0fe;border-color:#1a73e8;color:#1a73e8}
header.top select{max-width:360px}
header.top nav.pages a{margin-right:10px}
main.gmail{flex:1;display:grid;grid-template-columns:300px 1fr 360px;min-height:0}
main.gmail.no-inbox{grid-template-columns:1fr 360px}
nav.inbox{overflow:auto;border-right:1px solid #dadce0;background:#fff}
nav.inbox ul{list-style:none;margin:0;padding:0}
nav.inbox form{margin:0}
button.compose{margin:10px;padding:10px 18px;border:0;border-radius:16px;background:#c2e7ff;font-size:14px;cursor:pointer}
button.mail{display:grid;grid-template-columns:1fr auto;width:100%;text-align:left;border:0;border-bottom:1px solid #f1f3f4;background:#fff;padding:8px 12px;cursor:pointer;font:inherit}
button.mail:hover{box-shadow:inset 1px 0 0 #dadce0,inset -1px 0 0 #dadce0,0 1px 2px rgba(60,64,67,.3)}
button.mail.unread .from,button.mail.unread .subject{font-weight:700}
button.mail.open{background:#e8f0fe}
button.mail .from{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
button.mail .date{color:#5f6368;font-size:12px}
button.mail .subject,button.mail .snippet{grid-column:1/3;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
button.mail .snippet{color:#5f6368;font-size:12px}
li.empty{padding:16px;color:#5f6368}
article.reading{overflow:auto;padding:16px 24px;background:#fff;margin:8px;border-radius:12px}
article.reading .meta{color:#5f6368;margin-bottom:12px}
.mail-html{width:100%;min-height:420px;border:1px solid #eee;border-radius:8px;background:#fff}
.mail-text{white-space:pre-wrap;font:inherit}
aside.sidebar{display:flex;flex-direction:column;border-left:1px solid #dadce0;background:#fff;min-height:0;position:relative}
.sb-bar{display:flex;align-items:center;gap:6px;padding:8px 10px;border-bottom:1px solid #dadce0}
.sb-bar form{margin:0}
.sb-title{flex:1;font-weight:500}
.icon-btn,.ua summary,.card-menu summary{border:0;background:none;font-size:18px;cursor:pointer;padding:2px 8px;border-radius:50%;list-style:none}
.icon-btn:hover{background:#f1f3f4}
.ua,.card-menu{position:relative}
.menu{position:absolute;right:0;top:28px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.3);border-radius:4px;z-index:5;min-width:180px;display:flex;flex-direction:column}
.menu-item{border:0;background:#fff;text-align:left;padding:8px 14px;cursor:pointer;font:inherit}
.menu-item:hover{background:#f1f3f4}
.sb-body{flex:1;overflow:auto}
.card-form{margin:0}
.card{padding:0 0 12px}
.card.empty{padding:16px;color:#5f6368}
.card-header{display:flex;align-items:center;gap:10px;padding:14px 16px 6px}
.card-header .title{font-size:16px;font-weight:500}
.card-header .subtitle{color:#5f6368;font-size:12px}
.hdr-text{flex:1}
.hdr-img{width:36px;height:36px}
.circle{border-radius:50%}
.sec{padding:8px 16px;border-bottom:1px solid #e8eaed}
.sec-header{color:#5f6368;font-size:12px;font-weight:500;margin:4px 0}
.w{margin:6px 0}
.tp{word-wrap:break-word}
.dt{display:flex;align-items:center;gap:8px}
.dt-click{flex:1;display:flex;align-items:center;gap:10px;border:0;background:none;text-align:left;padding:4px;margin:0 -4px;font:inherit;color:inherit;border-radius:6px;min-width:0}
button.dt-click{cursor:pointer}
button.dt-click:hover{background:#f1f3f4}
.dt-main{min-width:0;flex:1}
.dt-text{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dt-text.wrap{white-space:normal}
.label{display:block;color:#5f6368;font-size:12px}
.ico{font-size:18px;width:24px;text-align:center}
img.ico{width:24px;height:24px}
.buttons{display:flex;flex-wrap:wrap;gap:8px}
.btn{border-radius:18px;padding:6px 14px;font:inherit;font-weight:500;cursor:pointer;display:inline-flex;gap:4px;align-items:center}
.btn-outlined{border:1px solid #dadce0;background:#fff;color:#1a73e8}
.btn-filled{border:1px solid #1a73e8;background:#1a73e8;color:#fff}
.btn-filled_tonal{border:1px solid #e8f0fe;background:#e8f0fe;color:#174ea6}
.btn-borderless,.btn-text{border:1px solid transparent;background:none;color:#1a73e8}
.btn:disabled{opacity:.45;cursor:default}
.field{display:flex;flex-direction:column;gap:2px}
.field input,.field textarea,.field select{font:inherit;padding:8px;border:1px solid #dadce0;border-radius:4px}
.hint{color:#5f6368;font-size:12px}
.choices{border:0;padding:0;margin:6px 0}
.choices legend{padding:0}
.choice{display:flex;align-items:center;gap:8px;padding:2px 0}
.checkbox input{width:16px;height:16px}
.switch input{appearance:none;-webkit-appearance:none;width:36px;height:14px;border-radius:7px;background:#bdc1c6;position:relative;cursor:pointer;margin:4px}
.switch input::before{content:'';position:absolute;top:-3px;left:-2px;width:20px;height:20px;border-radius:50%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.4);transition:left .1s}
.switch input:checked{background:#8ab4f8}
.switch input:checked::before{left:18px;background:#1a73e8}
.divider{border:0;border-top:1px solid #e8eaed}
.img{max-width:100%}
.grid-items{display:grid;gap:8px}
.grid-item{border:1px solid #dadce0;border-radius:8px;background:#fff;padding:6px;text-align:left;font:inherit;cursor:pointer}
.grid-item img{max-width:100%}
.grid-item .sub{color:#5f6368;font-size:12px}
.footer{position:sticky;bottom:0;background:#fff;border-top:1px solid #dadce0;padding:10px 16px;display:flex;justify-content:flex-end;gap:8px}
.error{background:#fce8e6;color:#a50e0e;padding:8px 12px;margin:8px;border-radius:6px}
.warn{background:#fef7e0;color:#7a4d00;padding:8px 12px;margin:8px;border-radius:6px}
.info{background:#e8f0fe;padding:8px 12px;margin:8px;border-radius:6px;word-break:break-all}
.peek{display:flex;align-items:center;justify-content:space-between;margin:0;padding:8px 16px;border-top:1px solid #dadce0;box-shadow:0 -2px 4px rgba(0,0,0,.1);background:#fff}
form.close{float:right;margin:0}
details.json{margin:8px 16px 24px;color:#5f6368;font-size:12px}
details.json pre{white-space:pre-wrap;word-break:break-all;background:#f8f9fa;padding:8px;border-radius:6px;max-height:400px;overflow:auto}
.toast{position:absolute;left:12px;right:12px;bottom:12px;background:#202124;color:#fff;padding:10px 14px;border-radius:6px;box-shadow:0 2px 6px rgba(0,0,0,.3)}
footer.status{padding:4px 16px;color:#5f6368;font-size:12px;background:#fff;border-top:1px solid #dadce0}
.page{padding:16px 24px;overflow:auto;flex:1}
.background-bar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:6px 16px;background:#e8f0fe;border-bottom:1px solid #dadce0;font-size:13px}
.background-bar form{display:flex;align-items:center;gap:8px;margin:0}
.background-bar .bg-failed{color:#a50e0e}
.console table{border-collapse:collapse;font-size:13px;margin:8px 0 16px}
.console th,.console td{border-bottom:1px solid #e8eaed;padding:6px 10px;text-align:left;vertical-align:top}
.console label{display:block;margin:8px 0 2px;font-weight:500}
.console input[type=text],.console textarea{width:min(640px,100%);font:13px monospace;padding:6px}
.console .notice-ok{background:#e6f4ea;color:#137333;padding:8px 12px;border-radius:6px}
details.more summary{color:#1a73e8;cursor:pointer;margin:6px 0}
`;

export const PAGE_JS = `
document.querySelectorAll('[data-change]').forEach(function (el) {
  el.addEventListener('change', function () {
    var form = el.form || document.getElementById('card-form');
    form.elements.__change.value = el.getAttribute('data-change');
    form.submit();
  });
});
// Queued background work runs by itself once the user has been idle (no click, key press or typing) for the
// bar's data-idle-ms; never while something typed on the card would be lost by the reload.
var bg = document.getElementById('background-run');
if (bg && Number(bg.getAttribute('data-idle-ms')) > 0) {
  var idleMs = Number(bg.getAttribute('data-idle-ms'));
  var lastActive = Date.now();
  var typed = false;
  ['mousedown', 'keydown', 'wheel', 'touchstart'].forEach(function (ev) {
    document.addEventListener(ev, function () { lastActive = Date.now(); }, true);
  });
  document.addEventListener('input', function () { typed = true; lastActive = Date.now(); }, true);
  var idleTimer = setInterval(function () {
    if (typed || Date.now() - lastActive < idleMs) return;
    clearInterval(idleTimer);
    bg.elements.steps.value = '1';
    bg.submit();
  }, 250);
}
var toast = document.querySelector('.toast');
if (toast) setTimeout(function () { toast.style.display = 'none'; }, 6000);
`;
