// The chunk of <vr-referral-case>, loaded by the loader when the tag appears. Opening sealed
// details imports jose on demand: a chunk of its own, fetched only for a sealed case.
import '../case/referral-case.js';
