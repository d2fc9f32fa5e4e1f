// A plain drachtio-srf application: it does not know it talks to the embedded server.
const Srf = require('drachtio-srf');
const srf = new Srf();
const [host, port, secret] = [process.env.ADMIN_HOST || '127.0.0.1', +(process.env.ADMIN_PORT || 9022),
  process.env.SECRET || 'cymru'];

srf.connect({host, port, secret});
srf.on('connect', (err, hostport) => console.log(`srf connected: ${hostport}`));
srf.on('error', (err) => console.log(`srf connection error: ${err.message}`));

// QUIET=1 (the CPU comparison, compare-cpu.sh) leaves out the line per request
const log = process.env.QUIET ? () => {} : console.log;

srf.options((req, res) => { log(`srf OPTIONS ${req.uri}`); res.send(200); });
srf.register((req, res) => {
  log(`srf REGISTER ${req.get('From')}`);
  res.send(200, {headers: {Contact: req.get('Contact'), Expires: '3600'}});
});
srf.invite((req, res) => { log(`srf INVITE ${req.uri}`); res.send(486); });
