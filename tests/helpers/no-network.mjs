/**
 * Loaded with `--import` into a build that must not touch the network (tests/helpers/build.ts, `offline`): any
 * connection to a host other than this machine, and any name lookup of one, throws and says so on stderr. It stands
 * guard where the system does not let the test unplug the network (`unshare -rn`), and beside it where it does.
 */
import dns from 'node:dns';
import net from 'node:net';

export const MARK = 'NETWORK CALLED DURING AN OFFLINE BUILD';
const local = (host) =>
  host === undefined || host === null || host === '' || host === 'localhost' || /^(127\.|::1$|\[::1\]$)/.test(host);

function refuse(host) {
  const error = new Error(`${MARK}: ${host}`);
  process.stderr.write(`${error.message}\n${error.stack}\n`);
  throw error;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const [first, second] = args;
  const options = Array.isArray(first) ? first[0] : first;
  // connect(path) and connect({ path }) are local sockets; connect(port, host) and connect({ port, host }) are not.
  const host = typeof options === 'object' && options !== null ? (options.path ? 'localhost' : options.host) : second;
  if (typeof options !== 'string' && !local(host)) refuse(host);
  return connect.apply(this, args);
};
for (const api of [dns, dns.promises]) {
  const lookup = api.lookup;
  api.lookup = function (host, ...rest) {
    if (!local(host)) refuse(host);
    return lookup.call(this, host, ...rest);
  };
}
