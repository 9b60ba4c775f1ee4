/* @generated from specs/clivet.yaml by `cargo xtask gen`.
 * Do not edit: change the spec and run the command again. */
/* Clivet heat-pump water heater (BMS): Modbus register map of `clivet` (modbus-map).
 * Heat-pump water heater with a heat pump (compressor) and an electric resistance as heat sources; BMS access over Modbus RTU (RS485, 9600 8N1) or Modbus TCP through an RS485 gateway. Temperatures in Celsius mode are encoded raw = 2·T + 30.
 * Each register: its table, address and register count (COUNT; bits for coils and
 * discrete inputs), and SCALE/OFFSET where engineering value = raw * SCALE + OFFSET.
 * A 32-bit value whose high word lies apart has its low word alone at ADDRESS
 * (COUNT 1) and its high word at HIGH_WORD_ADDRESS. An alias serves the value of
 * the register ALIAS_OF names again, at its own ADDRESS with its own COUNT, SCALE and
 * OFFSET (a converting alias: its own type; the device converts the one value). */
#ifndef MODBUS_MAP_CLIVET_H
#define MODBUS_MAP_CLIVET_H

/* The Modbus tables, numbered as the function codes that read them. */
#ifndef MODBUS_MAP_TABLES
#define MODBUS_MAP_TABLES
#define MODBUS_MAP_COIL 1
#define MODBUS_MAP_DISCRETE 2
#define MODBUS_MAP_HOLDING 3
#define MODBUS_MAP_INPUT 4
#endif

#define CLIVET_UNIT_ID 1u

/* `control.power_state`: holding 0, u16: Power off/on (REG_POWER_STATE) */
#define CLIVET_CONTROL_POWER_STATE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_CONTROL_POWER_STATE_ADDRESS 0x0000u
#define CLIVET_CONTROL_POWER_STATE_COUNT 1u

/* `control.setting_mode`: holding 1, u16: Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE) */
#define CLIVET_CONTROL_SETTING_MODE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_CONTROL_SETTING_MODE_ADDRESS 0x0001u
#define CLIVET_CONTROL_SETTING_MODE_COUNT 1u

/* `control.setting_temp_ts`: holding 2, u16 in °C: Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS) */
#define CLIVET_CONTROL_SETTING_TEMP_TS_TABLE MODBUS_MAP_HOLDING
#define CLIVET_CONTROL_SETTING_TEMP_TS_ADDRESS 0x0002u
#define CLIVET_CONTROL_SETTING_TEMP_TS_COUNT 1u
#define CLIVET_CONTROL_SETTING_TEMP_TS_SCALE 0.5
#define CLIVET_CONTROL_SETTING_TEMP_TS_OFFSET (-15.0)

/* `control.cmd_funcs`: holding 3, u16: Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit) */
#define CLIVET_CONTROL_CMD_FUNCS_TABLE MODBUS_MAP_HOLDING
#define CLIVET_CONTROL_CMD_FUNCS_ADDRESS 0x0003u
#define CLIVET_CONTROL_CMD_FUNCS_COUNT 1u

/* `control.hour`: holding 4, u16 in h: Clock hour (REG_HOUR) */
#define CLIVET_CONTROL_HOUR_TABLE MODBUS_MAP_HOLDING
#define CLIVET_CONTROL_HOUR_ADDRESS 0x0004u
#define CLIVET_CONTROL_HOUR_COUNT 1u

/* `control.minute`: holding 5, u16 in min: Clock minute (REG_MINUTE) */
#define CLIVET_CONTROL_MINUTE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_CONTROL_MINUTE_ADDRESS 0x0005u
#define CLIVET_CONTROL_MINUTE_COUNT 1u

/* `status.operating_mode`: holding 100, u16: Current operating mode (REG_OPERATING_MODE) */
#define CLIVET_STATUS_OPERATING_MODE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_OPERATING_MODE_ADDRESS 0x0064u
#define CLIVET_STATUS_OPERATING_MODE_COUNT 1u

/* `status.temp_t5u`: holding 101, u16 in °C: Water temperature in the upper part of the tank T5U; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5U) */
#define CLIVET_STATUS_TEMP_T5U_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_T5U_ADDRESS 0x0065u
#define CLIVET_STATUS_TEMP_T5U_COUNT 1u
#define CLIVET_STATUS_TEMP_T5U_SCALE 0.5
#define CLIVET_STATUS_TEMP_T5U_OFFSET (-15.0)

/* `status.temp_t5l`: holding 102, u16 in °C: Water temperature in the lower part of the tank T5L; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5L) */
#define CLIVET_STATUS_TEMP_T5L_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_T5L_ADDRESS 0x0066u
#define CLIVET_STATUS_TEMP_T5L_COUNT 1u
#define CLIVET_STATUS_TEMP_T5L_SCALE 0.5
#define CLIVET_STATUS_TEMP_T5L_OFFSET (-15.0)

/* `status.temp_t3`: holding 103, u16 in °C: Condenser temperature T3; raw = 2·T + 30 in Celsius mode (REG_TEMP_T3) */
#define CLIVET_STATUS_TEMP_T3_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_T3_ADDRESS 0x0067u
#define CLIVET_STATUS_TEMP_T3_COUNT 1u
#define CLIVET_STATUS_TEMP_T3_SCALE 0.5
#define CLIVET_STATUS_TEMP_T3_OFFSET (-15.0)

/* `status.temp_t4`: holding 104, u16 in °C: Outdoor ambient temperature T4; raw = 2·T + 30 in Celsius mode (REG_TEMP_T4) */
#define CLIVET_STATUS_TEMP_T4_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_T4_ADDRESS 0x0068u
#define CLIVET_STATUS_TEMP_T4_COUNT 1u
#define CLIVET_STATUS_TEMP_T4_SCALE 0.5
#define CLIVET_STATUS_TEMP_T4_OFFSET (-15.0)

/* `status.temp_exhaust_gas`: holding 105, u16 in °C: Compressor exhaust temperature Tp; raw = 2·T + 30 in Celsius mode (REG_TEMP_EXHAUST_GAS) */
#define CLIVET_STATUS_TEMP_EXHAUST_GAS_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_EXHAUST_GAS_ADDRESS 0x0069u
#define CLIVET_STATUS_TEMP_EXHAUST_GAS_COUNT 1u
#define CLIVET_STATUS_TEMP_EXHAUST_GAS_SCALE 0.5
#define CLIVET_STATUS_TEMP_EXHAUST_GAS_OFFSET (-15.0)

/* `status.temp_th`: holding 106, u16 in °C: Suction temperature Th; raw = 2·T + 30 in Celsius mode (REG_TEMP_TH) */
#define CLIVET_STATUS_TEMP_TH_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_TH_ADDRESS 0x006Au
#define CLIVET_STATUS_TEMP_TH_COUNT 1u
#define CLIVET_STATUS_TEMP_TH_SCALE 0.5
#define CLIVET_STATUS_TEMP_TH_OFFSET (-15.0)

/* `status.pmv_opening_value`: holding 107, u16: Opening of the external electronic expansion valve, raw (REG_PMV_OPENING_VALUE) */
#define CLIVET_STATUS_PMV_OPENING_VALUE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_PMV_OPENING_VALUE_ADDRESS 0x006Bu
#define CLIVET_STATUS_PMV_OPENING_VALUE_COUNT 1u

/* `status.compressor_current`: holding 108, u16: Input AC current, raw; scale undocumented (REG_COMPRESSOR_CURRENT) */
#define CLIVET_STATUS_COMPRESSOR_CURRENT_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_COMPRESSOR_CURRENT_ADDRESS 0x006Cu
#define CLIVET_STATUS_COMPRESSOR_CURRENT_COUNT 1u

/* `status.load_output`: holding 109, u16: Load outputs (REG_LOAD_OUTPUT) */
#define CLIVET_STATUS_LOAD_OUTPUT_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_LOAD_OUTPUT_ADDRESS 0x006Du
#define CLIVET_STATUS_LOAD_OUTPUT_COUNT 1u

/* `status.err_protect_code`: holding 110, u16: Error/protection code; numeric codes map to letters: 1.. = E0-EF, 20.. = P*, 39.. = H*, 58.. = C*, 77.. = L*, 96.. = B* (REG_ERR_PROTECT_CODE) */
#define CLIVET_STATUS_ERR_PROTECT_CODE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_ERR_PROTECT_CODE_ADDRESS 0x006Eu
#define CLIVET_STATUS_ERR_PROTECT_CODE_COUNT 1u

/* `status.max_temp_ts`: holding 111, u16: Maximum of the setpoint Ts, raw as read by the integration (REG_MAX_TEMP_TS) */
#define CLIVET_STATUS_MAX_TEMP_TS_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_MAX_TEMP_TS_ADDRESS 0x006Fu
#define CLIVET_STATUS_MAX_TEMP_TS_COUNT 1u

/* `status.min_temp_ts`: holding 112, u16: Minimum of the setpoint Ts, raw as read by the integration (REG_MIN_TEMP_TS) */
#define CLIVET_STATUS_MIN_TEMP_TS_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_MIN_TEMP_TS_ADDRESS 0x0070u
#define CLIVET_STATUS_MIN_TEMP_TS_COUNT 1u

/* `status.temp_display`: holding 113, u16 in °C: Displayed temperature Tx; raw = 2·T + 30 in Celsius mode (REG_TEMP_DISPLAY) */
#define CLIVET_STATUS_TEMP_DISPLAY_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_TEMP_DISPLAY_ADDRESS 0x0071u
#define CLIVET_STATUS_TEMP_DISPLAY_COUNT 1u
#define CLIVET_STATUS_TEMP_DISPLAY_SCALE 0.5
#define CLIVET_STATUS_TEMP_DISPLAY_OFFSET (-15.0)

/* `status.aux_status`: holding 115, u16: Auxiliary status (REG_AUX_STATUS) */
#define CLIVET_STATUS_AUX_STATUS_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_AUX_STATUS_ADDRESS 0x0073u
#define CLIVET_STATUS_AUX_STATUS_COUNT 1u

/* `status.comp_run_time`: holding 116, u16: Compressor running time, raw (REG_COMP_RUN_TIME) */
#define CLIVET_STATUS_COMP_RUN_TIME_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_COMP_RUN_TIME_ADDRESS 0x0074u
#define CLIVET_STATUS_COMP_RUN_TIME_COUNT 1u

/* `status.model`: holding 117, u16: Model: 190 L or 300 L tank (REG_MODEL) */
#define CLIVET_STATUS_MODEL_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_MODEL_ADDRESS 0x0075u
#define CLIVET_STATUS_MODEL_COUNT 1u

/* `status.version_firmware`: holding 118, u16: Main PCB firmware version (REG_VERSION_FIRMWARE) */
#define CLIVET_STATUS_VERSION_FIRMWARE_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_VERSION_FIRMWARE_ADDRESS 0x0076u
#define CLIVET_STATUS_VERSION_FIRMWARE_COUNT 1u

/* `status.version_wire_controller`: holding 119, u16: Wired controller firmware version (REG_VERSION_WIRE_CONTROLLER) */
#define CLIVET_STATUS_VERSION_WIRE_CONTROLLER_TABLE MODBUS_MAP_HOLDING
#define CLIVET_STATUS_VERSION_WIRE_CONTROLLER_ADDRESS 0x0077u
#define CLIVET_STATUS_VERSION_WIRE_CONTROLLER_COUNT 1u

/* Values of enumeration `control_power_state` (control.power_state) */
#define CLIVET_CONTROL_POWER_STATE_OFF 0
#define CLIVET_CONTROL_POWER_STATE_ON 1

/* Values of enumeration `control_setting_mode` (control.setting_mode) */
#define CLIVET_CONTROL_SETTING_MODE_INVALID 1
#define CLIVET_CONTROL_SETTING_MODE_HYBRID 2
#define CLIVET_CONTROL_SETTING_MODE_EHEATER 3
#define CLIVET_CONTROL_SETTING_MODE_VACATION 4

/* Values of enumeration `status_operating_mode` (status.operating_mode) */
#define CLIVET_STATUS_OPERATING_MODE_INVALID 1
#define CLIVET_STATUS_OPERATING_MODE_HYBRID 2
#define CLIVET_STATUS_OPERATING_MODE_EHEATER 3
#define CLIVET_STATUS_OPERATING_MODE_VACATION 4
#define CLIVET_STATUS_OPERATING_MODE_OFF 8

/* Values of enumeration `status_model` (status.model) */
#define CLIVET_STATUS_MODEL_MODEL190 1
#define CLIVET_STATUS_MODEL_MODEL300 2

/* Bits of `control_cmd_funcs` (control.cmd_funcs) */
#define CLIVET_CONTROL_CMD_FUNCS_SOLAR_SIGNAL_MASK 0x1u
#define CLIVET_CONTROL_CMD_FUNCS_EVU_MASK 0x2u
#define CLIVET_CONTROL_CMD_FUNCS_SG_MASK 0x4u
#define CLIVET_CONTROL_CMD_FUNCS_REMOTER_SIGNAL_MASK 0x8u
#define CLIVET_CONTROL_CMD_FUNCS_REMOTER_MODE_MASK 0x10u
#define CLIVET_CONTROL_CMD_FUNCS_DISINFECT_MASK 0x20u
#define CLIVET_CONTROL_CMD_FUNCS_UNIT_FAHRENHEIT_MASK 0x40u

/* Bits of `status_load_output` (status.load_output) */
#define CLIVET_STATUS_LOAD_OUTPUT_COMPRESSOR_MASK 0x1u
#define CLIVET_STATUS_LOAD_OUTPUT_ELECTRIC_HEATER_MASK 0x2u
#define CLIVET_STATUS_LOAD_OUTPUT_FOUR_WAY_VALVE_MASK 0x4u
#define CLIVET_STATUS_LOAD_OUTPUT_FAN_LOW_MASK 0x8u
#define CLIVET_STATUS_LOAD_OUTPUT_FAN_MEDIUM_MASK 0x10u
#define CLIVET_STATUS_LOAD_OUTPUT_FAN_HIGH_MASK 0x20u
#define CLIVET_STATUS_LOAD_OUTPUT_SOLAR_PUMP_MASK 0x40u
#define CLIVET_STATUS_LOAD_OUTPUT_ALARM_MASK 0x80u

/* Bits of `status_aux_status` (status.aux_status) */
#define CLIVET_STATUS_AUX_STATUS_VACATION_MASK 0x1u
#define CLIVET_STATUS_AUX_STATUS_SOLAR_KIT_MASK 0x2u
#define CLIVET_STATUS_AUX_STATUS_DEFROST_MASK 0x4u
#define CLIVET_STATUS_AUX_STATUS_WIFI_MASK 0x8u

#endif /* MODBUS_MAP_CLIVET_H */
