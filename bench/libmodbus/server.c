/*
 * Baseline Modbus TCP server on libmodbus for the loopback throughput comparison
 * (sim/benches/throughput.rs). Serves 1000 holding registers (value = address) to any
 * number of connections with one select() loop, answering through modbus_reply.
 *
 * usage: libmodbus-server PORT     prints "ready" once listening.
 */
#include <errno.h>
#include <modbus.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", atoi(argv[1]));
    modbus_mapping_t *map = modbus_mapping_new(0, 0, 1000, 0);
    if (ctx == NULL || map == NULL) {
        fprintf(stderr, "libmodbus: %s\n", modbus_strerror(errno));
        return 1;
    }
    for (int i = 0; i < 1000; i++) {
        map->tab_registers[i] = (uint16_t)i;
    }
    int listener = modbus_tcp_listen(ctx, 64);
    if (listener < 0) {
        fprintf(stderr, "cannot listen: %s\n", modbus_strerror(errno));
        return 1;
    }
    printf("ready\n");
    fflush(stdout);

    fd_set all;
    FD_ZERO(&all);
    FD_SET(listener, &all);
    int max_fd = listener;
    uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
    for (;;) {
        fd_set ready = all;
        if (select(max_fd + 1, &ready, NULL, NULL, NULL) < 0) {
            if (errno == EINTR) {
                continue;
            }
            perror("select");
            return 1;
        }
        for (int fd = 0; fd <= max_fd; fd++) {
            if (!FD_ISSET(fd, &ready)) {
                continue;
            }
            if (fd == listener) {
                int client = accept(listener, NULL, NULL);
                if (client < 0) {
                    continue;
                }
                /* The same latency setting the Rust server uses. */
                int one = 1;
                setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                FD_SET(client, &all);
                if (client > max_fd) {
                    max_fd = client;
                }
            } else {
                modbus_set_socket(ctx, fd);
                int length = modbus_receive(ctx, query);
                if (length > 0) {
                    modbus_reply(ctx, query, length, map);
                } else if (length == -1) {
                    close(fd);
                    FD_CLR(fd, &all);
                }
            }
        }
    }
}
