import io.drachtio.embedded.EmbeddedDrachtioServer;

/** Starts the embedded server with a fixed admin port and secret for the srf app; runs until killed. */
public class EmbeddedServerMain {
    public static void main(String[] args) throws Exception {
        try (EmbeddedDrachtioServer server = EmbeddedDrachtioServer.builder()
                .sipPort(Integer.parseInt(args[0])).adminPort(Integer.parseInt(args[1])).secret(args[2]).start()) {
            System.out.println("embedded server ready: admin " + server.adminAddress() + ", SIP "
                    + server.sipUdpAddress());
            Thread.currentThread().join();
        }
    }
}
