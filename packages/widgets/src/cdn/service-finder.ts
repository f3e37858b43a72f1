// The chunk of <vr-service-finder>, loaded by the loader when the tag appears.
import '../finder/service-finder.js';
