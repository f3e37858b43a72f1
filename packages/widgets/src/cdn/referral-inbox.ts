// The chunk of <vr-referral-inbox>, loaded by the loader when the tag appears.
import '../inbox/referral-inbox.js';
