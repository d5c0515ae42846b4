// A host that speaks the iframe-resizer text protocol (as iframe-resizer 4 and
// open-iframe-resizer parents do), written here without any of their code: it sends the
// "[iFrameSizer]" init message when the iframe has loaded, and again when the iframe says
// "[iFrameResizerChild]Ready" (a child whose script starts late asks for the init that way), and
// sets the iframe's height from the "[iFrameSizer]<id>:<height>:<width>:<type>" replies. Every
// reply is listed in #resizer-replies.
(() => {
  const ID = "autodiagnostic";
  // id : bodyMarginV1 : calculateWidth : log : interval : enablePublicMethods : autoResize :
  // bodyMargin : heightCalculationMethod : bodyBackground : bodyPadding : tolerance :
  // inPageLinks : resizeFrom : widthCalculationMethod : mouseEvents
  const INIT = `[iFrameSizer]${ID}:8:false:true:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll:true`;

  const sendInit = (frame) => frame.contentWindow.postMessage(INIT, new URL(frame.src).origin);

  window.addEventListener("message", (event) => {
    const frame = document.getElementById(ID);
    if (!frame || event.source !== frame.contentWindow || event.origin !== new URL(frame.src).origin) return;
    if (event.data === "[iFrameResizerChild]Ready") return sendInit(frame);
    if (typeof event.data !== "string" || !event.data.startsWith(`[iFrameSizer]${ID}:`)) return;
    const [, height, width, type] = event.data.slice("[iFrameSizer]".length).split(":");
    if (Number.isFinite(Number(height))) frame.style.height = `${Number(height)}px`;
    const list = document.getElementById("resizer-replies");
    if (!list) return;
    const item = document.createElement("li");
    item.dataset.type = type ?? "";
    item.textContent = `${type} : ${height} × ${width}`;
    list.append(item);
  });

  document.addEventListener("DOMContentLoaded", () => {
    const frame = document.getElementById(ID);
    frame.addEventListener("load", () => sendInit(frame));
  });
})();
