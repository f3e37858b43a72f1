// The chunk of <vr-service-map> (with Leaflet and the outline of Europe), loaded by the loader when the tag appears.
import '../map/service-map.js';
