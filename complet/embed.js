// The <problemes-imaginaires> element used to load from here; it is now ../embed.js.
import "../embed.js";
