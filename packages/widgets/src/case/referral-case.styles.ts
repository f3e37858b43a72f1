import { css } from 'lit';
import { workspaceStyles } from '../shared/workspace.styles.js';

const caseOwn = css`
  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .consent {
    border-inline-start: 6px solid var(--_primary);
    padding-inline-start: var(--_space);
  }
  .notice.warning {
    border-inline-start: 6px solid var(--_error);
  }
  .story,
  .body,
  .quote {
    white-space: pre-wrap;
  }
  .line {
    display: block;
  }
  .messages,
  .timeline {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .messages li,
  .timeline li {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.5rem;
  }
  .meta {
    color: var(--_muted);
    margin: 0;
  }
  .decision {
    border: 2px solid var(--_border);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  #case-title:focus {
    outline: none;
  }
  #case-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;

export const caseStyles = [workspaceStyles, caseOwn];
