// The neutral site the quick exit leaves for: tells the test page it arrived, and how.
parent.postMessage({ kind: 'left', historyLength: history.length }, '*');
