// The chunk of <vr-referral-form>, loaded by the loader when the tag appears.
import './jitless.js';
import '../form/referral-form.js';
