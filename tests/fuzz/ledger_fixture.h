/*
 * ledger_fixture.h: for the ledger harnesses: the test people's roster
 * (tests/keys/roster.csv) and a ledger signed with their keys (made by
 * emp-challenge at 2026-03-05T10:00:00Z: ana opened CH-1 to CH-3 on the
 * surveys S1 to S3, lee approved CH-1 and denied CH-2, ana withdrew CH-3).
 */
#ifndef LEDGER_FIXTURE_H
#define LEDGER_FIXTURE_H

static const char roster_text[] =
    "agent,team,role,level,key\n"
    "ana,A,agent,1,ed25519:Csm1c/Yw7qeYa1XhcUFutwvB2jztNFums5KL/9OB2ZM=\n"
    "bob,A,agent,1,ed25519:p6+UKAhRP5Fg4fWYcGVPwXeBm69p3UyM0TndQL3JeeE=\n"
    "cy,B,agent,1,ed25519:Gzn7luV5knOLKZ56OfPFTQzjPc6chqjkmkTyRwjnkM8=\n"
    "lee,A,lead,,ed25519:oj5pFwmcAdfpvKysK3tTwhmlUqsw/OiIzt5U1uGkF38=\n"
    "kim,B,lead,,ed25519:5tNzEKE8jlml8mHMrU1CLabbOwV+nxldBUw3HpKfF/A=\n"
    "ada,,admin,,ed25519:n2l/Pjn3rB2bF6wcegg0oCpmWm0LSM4h1h39Eoomlp4=\n";

static const char ledger_text[] =
    "seq,ts,action,challenge,review,kind,agent,actor,cause,text,sig,sum\n"
    "1,2026-03-05T10:00:00Z,open,CH-1,S1,survey,ana,ana,,g S1,njVwFw2wHugyPO6+WhV6PRYdE08AE4MnPWYjbRVt/TrEYTfxvpDQDgqpwTewxi/zHDbrE4aIePoP+YR/YxqIBQ==,189bf144\n"
    "2,2026-03-05T10:00:00Z,open,CH-2,S2,survey,ana,ana,,g S2,IzAcDFM5C4ZCBl4BZHCzz62Jdu3FRbEPC7f6KtUFO9wNjXuBiwbVH6b+mzCAwgSwFcKhuLQucvQlTFLQzF98CA==,069bef71\n"
    "3,2026-03-05T10:00:00Z,open,CH-3,S3,survey,ana,ana,,g S3,IryF7RFXZvX9pRRQwwyrsk4EALUQQMAx+CMNlFn2dsDx30GdzP3AM/Krfn58cxETMWYiDBAvMm9vCgPk24UyCw==,23f3ff81\n"
    "4,2026-03-05T10:00:00Z,approve,CH-1,S1,survey,ana,lee,,,9Z+rr+sp9PwbZf6EW4HruRDPUWMpM88Db4r05AsVDSGkgLMvzsOCKF94HaIBfLcUUR7YsPQHzafKsZIOWYsiBg==,ae8fc690\n"
    "5,2026-03-05T10:00:00Z,deny,CH-2,S2,survey,ana,lee,,no,jmYHaaqkgLEdQnUktsMluMNDA2Ln/yMQf8HbaTQkMzYpe7RDahLbOC2KJekR//Hu5aE9FxpGgEMx96bqYislDg==,6411e7f9\n"
    "6,2026-03-05T10:00:00Z,withdraw,CH-3,S3,survey,ana,ana,,,aocTEb+exr7leA4UxenhQyDioy01vsU2bpSmGy6p8a0SY5CncIrmbc0Oapc6FTe2qRGFT0xKTcy9+a9wTlhYBQ==,7f0369de\n";

#endif
