package org.recoveryworks.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One benchmark client: HTTP/1.1 GETs over one kept-alive connection, read to the end of the body. It does as little
 * as a client can (no pooling, no async machinery, no header objects), so that the load generator, which shares the
 * two cores with the application, takes as little of them as possible. Not thread-safe: one per client thread.
 */
final class LoadClient implements AutoCloseable {

	record Response(int status, byte[] body) {
	}

	private final String host;
	private final int port;
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	LoadClient(String host, int port) {
		this.host = host;
		this.port = port;
	}

	Response get(String pathAndQuery) throws IOException {
		try {
			return exchange(pathAndQuery);
		}
		catch (IOException closedMeanwhile) {
			// The server closed the kept-alive connection: once more on a new one.
			close();
			return exchange(pathAndQuery);
		}
	}

	private Response exchange(String pathAndQuery) throws IOException {
		if (socket == null) {
			socket = new Socket(host, port);
			socket.setTcpNoDelay(true);
			in = new BufferedInputStream(socket.getInputStream(), 65536);
			out = socket.getOutputStream();
		}
		out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Encoding: identity\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		String status = line();
		if (status == null) {
			throw new IOException("connection closed");
		}
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); header != null && !header.isEmpty(); header = line()) {
			String h = header.toLowerCase(Locale.ROOT);
			if (h.startsWith("content-length:")) {
				length = Long.parseLong(h.substring(15).trim());
			}
			else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
				chunked = true;
			}
			else if (h.startsWith("connection:") && h.contains("close")) {
				close = true;
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream(chunked ? 16384 : (int) Math.max(0, length));
		if (chunked) {
			for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
				body.write(in.readNBytes(size));
				line();
			}
			for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
				// Trailers: none expected.
			}
		}
		else if (length > 0) {
			body.write(in.readNBytes((int) length));
		}
		if (close) {
			close();
		}
		return new Response(code, body.toByteArray());
	}

	private String line() throws IOException {
		StringBuilder b = new StringBuilder(64);
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				int n = b.length();
				return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
			}
			b.append((char) c);
		}
		return b.isEmpty() ? null : b.toString();
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// Closing anyway.
			}
			socket = null;
		}
	}
}
