// The chunk of <vr-referral-status>, loaded by the loader when the tag appears.
import '../status/referral-status.js';
