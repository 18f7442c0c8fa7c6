// Live updates: the `changes` subscription over a websocket (graphql-transport-ws). The
// entity page watches for changes that touch what it shows and offers a reload; it never
// changes the page by itself, so the reader is not surprised mid-sentence.
import { LiveChangesDocument, type LiveChangesSubscription, type LiveChangesSubscriptionVariables } from '../generated/graphql';

/** Whether a change's target (an id, or a relationship's `TYPE|from|to`) is about id. */
export function touches(target: string, id: string): boolean {
  if (target === id) return true;
  const parts = target.split('|');
  return parts.length === 3 && (parts[1] === id || parts[2] === id);
}

/**
 * Calls onChange with the curator of each committed change that touches id, until the
 * returned function is called. It follows the changes after the cursor since (the
 * graph's version when the page read its data, `stats { cursor }`), so one committed between that read and the
 * subscription is told too; without since it starts with the next change. A dropped
 * connection is opened again after a pause, from the last change received, so nothing is
 * missed in between.
 */
export function watchEntity(id: string, onChange: (curator: string) => void, since: string | null = null): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let after: string | null = since;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/query`;

  const open = () => {
    if (stopped) return;
    const ws = new WebSocket(url, 'graphql-transport-ws');
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    ws.onmessage = (ev) => {
      let msg: { type: string; payload?: { data?: Partial<LiveChangesSubscription> } };
      try {
        msg = JSON.parse(String(ev.data));
      } catch {
        return;
      }
      switch (msg.type) {
        case 'connection_ack':
          ws.send(JSON.stringify({ id: 'changes', type: 'subscribe', payload: { query: String(LiveChangesDocument), variables: { after } satisfies LiveChangesSubscriptionVariables } }));
          break;
        case 'ping':
          ws.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next': {
          const edge = msg.payload?.data?.changes;
          if (!edge) return;
          after = edge.cursor;
          if (edge.node.touched.some((t) => touches(t.target, id))) onChange(edge.node.curator);
          break;
        }
      }
    };
    ws.onclose = () => {
      if (!stopped) retry = setTimeout(open, 5000);
    };
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(retry);
    socket?.close();
  };
}
