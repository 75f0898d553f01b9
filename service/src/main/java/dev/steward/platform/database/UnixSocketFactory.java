package dev.steward.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Lets the PostgreSQL JDBC driver reach a server on its Unix-domain socket, with the JDK's own
 * support for such sockets (no native library). Named in the driver's {@code socketFactory}
 * property, with the socket's directory as {@code socketFactoryArg}; as with libpq, the socket is
 * {@code .s.PGSQL.<port>} in that directory, for the port of the connection's URL (its host is not
 * used).
 *
 * <p>Used only while the embedded database's passwords are set up, for a few statements: reads do
 * not time out ({@code SO_TIMEOUT} is kept but not applied) and the TCP options are ignored.
 */
public final class UnixSocketFactory extends SocketFactory {

  private final Path directory;

  /** Called by the JDBC driver with {@code socketFactoryArg}. */
  public UnixSocketFactory(String directory) {
    if (directory == null || directory.isBlank()) {
      throw new IllegalArgumentException(
          "socketFactoryArg must name the directory of the server's Unix socket");
    }
    this.directory = Path.of(directory);
  }

  @Override
  public Socket createSocket() {
    return new UnixSocket(directory);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(InetSocketAddress.createUnresolved(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return createSocket(address, port);
  }

  /** A {@link Socket} whose connection is a Unix-domain {@link SocketChannel}. */
  private static final class UnixSocket extends Socket {

    private final Path directory;
    private SocketChannel channel;
    private InputStream input;
    private OutputStream output;
    private int soTimeout;
    private boolean closed;

    UnixSocket(Path directory) {
      this.directory = directory;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
      connect(endpoint, 0);
    }

    @Override
    public synchronized void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (!(endpoint instanceof InetSocketAddress address)) {
        throw new IllegalArgumentException("Expected a host and port, got " + endpoint);
      }
      if (closed) {
        throw new SocketException("Socket is closed");
      }
      if (channel != null) {
        throw new SocketException("Already connected");
      }
      var socketFile =
          UnixDomainSocketAddress.of(directory.resolve(".s.PGSQL." + address.getPort()));
      SocketChannel opened = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        opened.connect(socketFile);
      } catch (IOException e) {
        opened.close();
        throw new SocketException("Could not connect to " + socketFile + ": " + e.getMessage());
      }
      channel = opened;
      input = Channels.newInputStream(opened);
      output = Channels.newOutputStream(opened);
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      requireConnected();
      return input;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      requireConnected();
      return output;
    }

    @Override
    public synchronized void close() throws IOException {
      closed = true;
      if (channel != null) {
        channel.close();
      }
    }

    @Override
    public synchronized boolean isConnected() {
      return channel != null;
    }

    @Override
    public synchronized boolean isClosed() {
      return closed;
    }

    @Override
    public synchronized void setSoTimeout(int timeout) {
      soTimeout = timeout;
    }

    @Override
    public synchronized int getSoTimeout() {
      return soTimeout;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
      // not a TCP socket
    }

    @Override
    public boolean getTcpNoDelay() {
      return false;
    }

    @Override
    public void setKeepAlive(boolean on) {
      // not a TCP socket
    }

    @Override
    public boolean getKeepAlive() {
      return false;
    }

    @Override
    public void setSendBufferSize(int size) {
      // the system's default is used
    }

    @Override
    public int getSendBufferSize() {
      return 65536;
    }

    @Override
    public void setReceiveBufferSize(int size) {
      // the system's default is used
    }

    @Override
    public int getReceiveBufferSize() {
      return 65536;
    }

    @Override
    public String toString() {
      return "UnixSocket[" + directory + "]";
    }

    private void requireConnected() throws SocketException {
      if (closed) {
        throw new SocketException("Socket is closed");
      }
      if (channel == null) {
        throw new SocketException("Socket is not connected");
      }
    }
  }
}
