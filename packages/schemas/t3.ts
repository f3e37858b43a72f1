import * as z from 'zod/mini';
import { VictimContact, ReferralCreate } from './src/records/referral.ts';
import { FaultRule } from './src/records/fault.ts';
const r = VictimContact.safeParse({ kind: 'x' }); console.log(JSON.stringify(r.error?.issues));
const r2 = ReferralCreate.safeParse({ foo: 1, needs: { assistance: ['nope'], victimTypes: [] } }); console.log(JSON.stringify(r2.error?.issues, null, 0));
const r3 = FaultRule.safeParse({ pathPrefix: '/v1', count: 1, action: { kind: 'error', status: 404 } }); console.log(JSON.stringify(r3.error?.issues));
console.log(JSON.stringify(z.string().safeParse(1).error?.issues));
