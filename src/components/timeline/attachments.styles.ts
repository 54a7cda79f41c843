import { css } from 'lit';
import { token } from '../../themes/tokens.js';

/** Reply previews and attachments inside the bubbles of `<ol-timeline>`. */
export const attachmentStyles = css`
  /* Reply preview */
  .reply {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    max-inline-size: 100%;
    margin-block-end: ${token('--ol-space-xs')};
    padding: 2px ${token('--ol-space-s')};
    border: none;
    border-inline-start: 3px solid ${token('--ol-color-accent')};
    border-radius: ${token('--ol-radius-s')};
    background: color-mix(in srgb, ${token('--ol-color-surface')} 55%, transparent);
    font: inherit;
    font-size: ${token('--ol-font-size-s')};
    text-align: start;
    color: inherit;
    cursor: pointer;
  }
  .reply.unavailable {
    cursor: default;
    font-style: italic;
    color: ${token('--ol-color-text-muted')};
  }
  .reply-author {
    font-weight: ${token('--ol-font-weight-medium')};
    color: var(--_ol-link);
  }
  .reply-text {
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: ${token('--ol-color-text-muted')};
  }

  /* Attachments */
  .attachments {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-xs')};
    margin-block-start: ${token('--ol-space-xs')};
  }
  .image,
  .video {
    display: block;
    margin: 0;
  }
  .image img,
  .video video {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-surface-sunken')};
    object-fit: cover;
  }
  .video figcaption,
  .audio figcaption {
    margin-block-start: 2px;
  }
  .audio {
    margin: 0;
  }
  .file {
    display: inline-flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    max-inline-size: 100%;
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-surface')};
    color: ${token('--ol-color-text')};
    text-decoration: none;
    font-size: ${token('--ol-font-size-s')};
  }
  a.file:hover {
    background: ${token('--ol-color-surface-hover')};
  }
  .file-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .file-size {
    flex: none;
    color: ${token('--ol-color-text-muted')};
  }
`;
