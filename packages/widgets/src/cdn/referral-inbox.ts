// The chunk of <vr-referral-inbox>, loaded by the loader when the tag appears.
import './jitless.js';
import '../inbox/referral-inbox.js';
