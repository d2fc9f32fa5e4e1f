// A plain drachtio-srf application: it does not know it talks to the embedded server.
const Srf = require('drachtio-srf');
const srf = new Srf();
const [host, port, secret] = [process.env.ADMIN_HOST || '127.0.0.1', +(process.env.ADMIN_PORT || 9022),
  process.env.SECRET || 'cymru'];

srf.connect({host, port, secret});
srf.on('connect', (err, hostport) => console.log(`srf connected: ${hostport}`));
srf.on('error', (err) => console.log(`srf connection error: ${err.message}`));

srf.options((req, res) => { console.log(`srf OPTIONS ${req.uri}`); res.send(200); });
srf.register((req, res) => {
  console.log(`srf REGISTER ${req.get('From')}`);
  res.send(200, {headers: {Contact: req.get('Contact'), Expires: '3600'}});
});
srf.invite((req, res) => { console.log(`srf INVITE ${req.uri}`); res.send(486); });
